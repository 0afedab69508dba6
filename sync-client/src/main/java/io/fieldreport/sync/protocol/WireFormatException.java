package io.fieldreport.sync.protocol;

/** A message that is not valid JSON, or not the record it should be; the message says where and why. */
public final class WireFormatException extends Exception {

    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
