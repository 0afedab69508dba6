package io.fieldreport.desktop.settings;

import io.fieldreport.desktop.Session;
import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.desktop.notify.NotificationCenter;
import io.fieldreport.desktop.notify.PlainWords;
import io.fieldreport.sync.Account;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.UnsyncedWorkException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: the account and web address, sign-out (refused while work is not on the web unless
 * the inspector accepts losing it), the auto-sync interval, photo upload quality and Work offline.
 * Every change is stored at once, in the background.
 */
public final class SettingsViewModel {

    /** The intervals offered, in minutes; 0 is "never". */
    public static final List<Integer> AUTO_SYNC_CHOICES = List.of(0, 5, 10, 15, 30, 60);
    /** The photo sizes offered: the original, or a long edge for a poor connection. */
    public static final List<PhotoQuality> QUALITY_CHOICES = List.of(PhotoQuality.ORIGINAL,
            new PhotoQuality(2400), new PhotoQuality(1600), new PhotoQuality(1024));

    private final SyncClient client;
    private final TaskRunner runner;
    private final Session session;
    private final NotificationCenter notices;

    private final ReadOnlyStringWrapper accountName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper webAddress = new ReadOnlyStringWrapper("");
    private final StringProperty newWebAddress = new SimpleStringProperty("");
    private final StringProperty newToken = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper addressMessage = new ReadOnlyStringWrapper("");
    private final IntegerProperty autoSyncMinutes = new SimpleIntegerProperty(ClientSettings.DEFAULTS.autoSyncMinutes());
    private final ObjectProperty<PhotoQuality> photoQuality = new SimpleObjectProperty<>(PhotoQuality.ORIGINAL);
    private final BooleanProperty workOffline = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper signOutRefusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private ClientSettings stored = ClientSettings.DEFAULTS;
    private boolean loading;

    public SettingsViewModel(SyncClient client, TaskRunner runner, Session session, NotificationCenter notices) {
        this.client = client;
        this.runner = runner;
        this.session = session;
        this.notices = notices;
        session.accountProperty().addListener((obs, was, now) -> showAccount(now));
        showAccount(session.accountProperty().get());
        autoSyncMinutes.addListener((obs, was, now) -> store());
        photoQuality.addListener((obs, was, now) -> store());
        workOffline.addListener((obs, was, now) -> store());
    }

    private void showAccount(Account account) {
        accountName.set(account == null ? "" : account.name());
        webAddress.set(account == null ? "" : account.serverUrl());
        newWebAddress.set(account == null ? "" : account.serverUrl());
        signOutRefusal.set("");
        addressMessage.set("");
    }

    /** Reads the stored settings (in the background). */
    public void load() {
        runner.run("reading settings", client::settings, this::show, e -> notices.failed("reading settings", e));
    }

    /** Shows settings read elsewhere (at start-up), without storing them again. */
    public void show(ClientSettings s) {
        loading = true;
        try {
            stored = s;
            autoSyncMinutes.set(s.autoSyncMinutes());
            photoQuality.set(s.photoQuality());
            workOffline.set(s.workOffline());
        } finally {
            loading = false;
        }
    }

    private void store() {
        if (loading) {
            return;
        }
        ClientSettings next = new ClientSettings(autoSyncMinutes.get(), workOffline.get(), photoQuality.get(),
                stored.lockWaitSeconds());
        if (next.equals(stored)) {
            return;
        }
        stored = next;
        runner.run("saving settings", () -> {
            client.saveSettings(next);
            return null;
        }, ignored -> { }, e -> notices.failed("saving settings", e));
    }

    // ---- account ---------------------------------------------------------------------------------

    public ReadOnlyStringProperty accountNameProperty() {
        return accountName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty webAddressProperty() {
        return webAddress.getReadOnlyProperty();
    }

    /** The address typed to move to another web; needs the token for it. */
    public StringProperty newWebAddressProperty() {
        return newWebAddress;
    }

    public StringProperty newTokenProperty() {
        return newToken;
    }

    /** The outcome of changing the web address, in words. */
    public ReadOnlyStringProperty addressMessageProperty() {
        return addressMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Signs in to another web address with the token for it. sync-client refuses while this
     * inspector's inspections from the old address are on the laptop; the refusal is shown in plain words.
     */
    public void changeWebAddress() {
        String address = newWebAddress.get().trim();
        String token = newToken.get().trim();
        if (address.isEmpty() || token.isEmpty()) {
            addressMessage.set("Type the new web address and the token you were given for it.");
            return;
        }
        busy.set(true);
        runner.run("changing the web address", () -> client.signIn(address, token), account -> {
            busy.set(false);
            newToken.set("");
            addressMessage.set("Signed in to " + account.serverUrl() + " as " + account.name() + ".");
            session.signedIn(account);
        }, e -> {
            busy.set(false);
            addressMessage.set(PlainWords.explain("changing the web address", e).sentence());
        });
    }

    /** Why the last sign-out was refused, with what would be lost; empty when it was not. */
    public ReadOnlyStringProperty signOutRefusalProperty() {
        return signOutRefusal.getReadOnlyProperty();
    }

    /** Signs out, unless work is not on the web yet: then says why, and waits for {@link #signOutLosingWork()}. */
    public void signOut() {
        signOut(false);
    }

    /** Signs out even though work is not on the web: the inspector confirmed they accept losing it. */
    public void signOutLosingWork() {
        signOut(true);
    }

    private void signOut(boolean acceptLoss) {
        busy.set(true);
        runner.run("signing out", () -> {
            client.signOut(acceptLoss);
            return null;
        }, ignored -> {
            busy.set(false);
            signOutRefusal.set("");
            session.signedOut();
        }, e -> {
            busy.set(false);
            if (e instanceof UnsyncedWorkException u) {
                signOutRefusal.set(refusal(u));
            } else {
                notices.failed("signing out", e);
            }
        });
    }

    /** "Signing out now would lose 2 changes and 1 photo that are not on the web yet. …" */
    static String refusal(UnsyncedWorkException u) {
        int changes = u.changes();
        int photos = u.photos();
        StringBuilder s = new StringBuilder("Signing out now would lose ");
        if (changes + photos > 0) {
            String what = changes > 0 && photos > 0 ? count(changes, "change") + " and " + count(photos, "photo")
                    : changes > 0 ? count(changes, "change") : count(photos, "photo");
            s.append(what).append(" that ").append(changes + photos == 1 ? "is" : "are").append(" not on the web yet");
        }
        if (u.refused() > 0) {
            s.append(changes + photos > 0 ? ", and " : "").append(count(u.refused(), "change"))
                    .append(" the web refused, which are only on this laptop (see Syncing Status)");
        }
        s.append('.');
        if (u.originals() > 0) {
            s.append(" Photos were sent at reduced quality and their originals are still here: set Photo quality"
                    + " to Original, then Save or Sync, then sign out.");
        } else if (changes + photos > 0) {
            s.append(" Save or Sync first, then sign out.");
        } else {
            s.append(" Look at them on the Syncing Status page before you sign out.");
        }
        return s.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---- sync settings -----------------------------------------------------------------------------

    /** Minutes between automatic syncs; 0 turns them off. */
    public IntegerProperty autoSyncMinutesProperty() {
        return autoSyncMinutes;
    }

    public ObjectProperty<PhotoQuality> photoQualityProperty() {
        return photoQuality;
    }

    /** No automatic sync and no connection checks; Save and Sync still work when pressed. */
    public BooleanProperty workOfflineProperty() {
        return workOffline;
    }

    /** "Every 10 minutes", "Never". */
    public static String intervalWords(int minutes) {
        return minutes == 0 ? "Never (only when I press Sync)" : "Every " + minutes + " minutes";
    }

    /** "Original size", "Reduced: 1600 px long edge". */
    public static String qualityWords(PhotoQuality q) {
        return q.isOriginal() ? "Original size" : "Reduced to " + q.longEdge() + " px (for a poor connection)";
    }
}
