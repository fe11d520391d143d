package dev.cvmatch.functions;

import com.microsoft.azure.functions.OutputBinding;

/** An output binding as the Java worker passes it: the host sends what the function set, once it returns. */
final class Slot<T> implements OutputBinding<T> {

    private T value;

    @Override
    public T getValue() {
        return value;
    }

    @Override
    public void setValue(T value) {
        this.value = value;
    }
}
