package nngrade.host;

/**
 * What crosses the channel by reference rather than by value: objects of one side that the other
 * side calls (a submission's Activation, a check's line search) and the examiner's random
 * generators. Each side knows its own objects and the other's numbers; values (numbers, arrays,
 * records of the contract) are copied by {@link WireOutput} and {@link WireInput} themselves.
 */
public interface References {

    /**
     * Writes an object that is not a plain value.
     *
     * @param out      where to write the tag and what follows it
     * @param value    the object (not null, not a plain value)
     * @param declared the type the receiving side expects (a parameter or return type)
     * @throws IllegalArgumentException if such an object cannot cross the channel
     */
    void write(WireOutput out, Object value, Class<?> declared);

    /**
     * Reads the object a reference tag stands for.
     *
     * @param in       positioned after the tag
     * @param tag      {@link Wire#HANDLE}, {@link Wire#CALLBACK_OBJECT}, {@link Wire#RANDOM} or {@link Wire#DRAWN}
     * @param declared the type the value must have
     * @throws IllegalStateException if the tag or what follows is not acceptable here
     */
    Object read(WireInput in, byte tag, Class<?> declared);
}
