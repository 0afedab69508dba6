package io.fieldreport.sync.store;

import java.nio.file.Path;

/** The profile was written by a newer FieldReport; it is left exactly as it was. */
public final class NewerSchemaException extends StoreException {

    public NewerSchemaException(Path file, int found, int known) {
        super("The profile database " + file + " was written by a newer version of FieldReport (schema "
                + found + "; this version knows up to " + known + "). Install the newer FieldReport to open it;"
                + " the file was not changed.");
    }
}
