package nngrade.cli;

import java.util.Arrays;
import java.util.Locale;
import nngrade.lms.ResultFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format gradescope|prairielearn|classroom} as written in lower case, as the help shows it. */
final class ResultFormatConverter implements ITypeConverter<ResultFormat> {

    @Override
    public ResultFormat convert(String value) {
        try {
            return ResultFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a format; the formats are "
                    + String.join(", ", Arrays.stream(ResultFormat.values()).map(ResultFormat::toString).toList()));
        }
    }
}
