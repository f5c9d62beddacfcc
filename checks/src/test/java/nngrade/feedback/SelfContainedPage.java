package nngrade.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** What the tests ask of every page nngrade writes: well-formed XHTML that needs nothing outside itself. */
public final class SelfContainedPage {

    public static final String SVG = "http://www.w3.org/2000/svg";

    private SelfContainedPage() {
    }

    /** @return the page parsed as XML; fails if it has a script or names anything outside itself */
    public static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script");
        assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength(), "no linked style sheet");
        assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength(), "no image file");
        assertFalse(html.contains("@import") || html.matches("(?s).*url\\(\\s*['\"]?[a-z]+:.*"),
                "no style fetched from elsewhere");
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getNodeName();
                String value = attributes.item(a).getNodeValue();
                if (!name.startsWith("xmlns") && (name.equals("src") || name.endsWith("href"))) {
                    assertFalse(value.contains("://"), "nothing fetched: " + name + "=" + value);
                }
            }
        }
        return doc;
    }


    /** @return how many inline SVG pictures a page holds */
    public static int svgCount(Document doc) {
        return doc.getElementsByTagNameNS(SVG, "svg").getLength();
    }
}
