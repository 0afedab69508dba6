package io.fieldreport.desktop.signin;

import io.fieldreport.desktop.Session;
import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.desktop.notify.PlainWords;
import io.fieldreport.sync.Account;
import io.fieldreport.sync.SyncClient;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run: the web address and the inspector's token, checked with the web before anything is
 * stored. The demo pre-fills both.
 */
public final class SignInViewModel {

    private final SyncClient client;
    private final TaskRunner runner;
    private final Session session;
    private final StringProperty webAddress = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSignIn;

    public SignInViewModel(SyncClient client, TaskRunner runner, Session session) {
        this.client = client;
        this.runner = runner;
        this.session = session;
        this.canSignIn = busy.not().and(webAddress.isNotEmpty()).and(token.isNotEmpty());
    }

    /** Fills the form, for the demo or after a sign-out (the address stays, the token never does). */
    public void prefill(String address, String knownToken) {
        webAddress.set(address == null ? "" : address);
        token.set(knownToken == null ? "" : knownToken);
    }

    public StringProperty webAddressProperty() {
        return webAddress;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last attempt failed, and what to do; empty when there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        String address = normalise(webAddress.get());
        String secret = token.get().trim();
        busy.set(true);
        error.set("");
        runner.run("signing in", () -> client.signIn(address, secret), (Account account) -> {
            busy.set(false);
            token.set("");
            session.signedIn(account);
        }, e -> {
            busy.set(false);
            error.set(PlainWords.explain("signing in", e).sentence());
        });
    }

    /** People type "fieldreport.example.com"; the web wants a scheme. */
    static String normalise(String address) {
        String a = address.trim();
        if (!a.contains("://")) {
            a = (a.startsWith("localhost") || a.startsWith("127.") ? "http://" : "https://") + a;
        }
        while (a.endsWith("/")) {
            a = a.substring(0, a.length() - 1);
        }
        return a;
    }
}
