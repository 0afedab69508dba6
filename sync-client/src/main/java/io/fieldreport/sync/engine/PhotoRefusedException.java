package io.fieldreport.sync.engine;

import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.store.PhotoQueue;

/**
 * One photo's bytes cannot be sent, while the rest of the operation can go on: the web refused them
 * for good ({@code too_large}, say), or the file on this laptop is missing, damaged or unreadable.
 * {@code lasting} when sending again cannot help until the inspector acts (the bytes then leave the
 * upload queue); an unreadable file is tried again next time.
 */
final class PhotoRefusedException extends SyncException {

    private final PhotoQueue.Refusal refusal;
    private final boolean lasting;

    PhotoRefusedException(PhotoQueue.Refusal refusal, boolean lasting, Throwable cause) {
        super(refusal.message(), cause);
        this.refusal = refusal;
        this.lasting = lasting;
    }

    PhotoQueue.Refusal refusal() {
        return refusal;
    }

    boolean lasting() {
        return lasting;
    }
}
