package io.fieldreport.desktop;

import io.fieldreport.sync.Account;
import io.fieldreport.sync.protocol.InspectionRecord;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the whole window shares: who is signed in, which inspection is open, and which screen shows.
 * Changed only on the UI thread.
 */
public final class Session {

    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<InspectionRecord> openInspection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.SIGN_IN);

    public ReadOnlyObjectProperty<Account> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InspectionRecord> openInspectionProperty() {
        return openInspection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public Optional<UUID> openInspectionId() {
        return Optional.ofNullable(openInspection.get()).map(InspectionRecord::id);
    }

    public void signedIn(Account who) {
        account.set(who);
        show(Page.INSPECTIONS);
    }

    public void signedOut() {
        openInspection.set(null);
        account.set(null);
        page.set(Page.SIGN_IN);
    }

    public void opened(InspectionRecord inspection) {
        openInspection.set(inspection);
        page.set(Page.EDITOR);
    }

    /** Shows a screen; the editor only while an inspection is open, every screen but sign-in only when signed in. */
    public void show(Page next) {
        if (next != Page.SIGN_IN && account.get() == null) {
            page.set(Page.SIGN_IN);
        } else if (next == Page.EDITOR && openInspection.get() == null) {
            page.set(Page.INSPECTIONS);
        } else {
            page.set(next);
        }
    }
}
