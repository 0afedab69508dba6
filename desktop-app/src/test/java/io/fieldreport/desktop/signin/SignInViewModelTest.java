package io.fieldreport.desktop.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.Page;
import io.fieldreport.desktop.Session;
import io.fieldreport.desktop.testing.DirectTaskRunner;
import io.fieldreport.desktop.testing.TestWeb;
import io.fieldreport.desktop.testing.WebTest;
import io.fieldreport.sync.SyncClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInViewModelTest extends WebTest {

    SyncClient client;
    Session session;
    SignInViewModel signIn;

    @BeforeEach
    void setUp() {
        client = SyncClient.open(dir.resolve("profile"), TestWeb.FAST);
        session = new Session();
        signIn = new SignInViewModel(client, new DirectTaskRunner(), session);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theRightTokenSignsInAndShowsTheInspections() {
        signIn.prefill(web.url(), web.ana().token());

        signIn.signIn();

        assertEquals("Ana Reyes", session.accountProperty().get().name());
        assertEquals(Page.INSPECTIONS, session.pageProperty().get());
        assertEquals("", signIn.tokenProperty().get(), "the token is not kept in the form");
        assertEquals("", signIn.errorProperty().get());
    }

    @Test
    void aWrongTokenSaysWhatToCheckAndStaysSignedOut() {
        signIn.prefill(web.url(), "not-a-token");

        signIn.signIn();

        assertNull(session.accountProperty().get());
        assertTrue(signIn.errorProperty().get().contains("did not accept this token"), signIn.errorProperty().get());
        assertFalse(signIn.busyProperty().get());
    }

    @Test
    void anAddressWithNothingThereSaysSo() {
        String nowhere;
        try (TestWeb gone = TestWeb.start(dir.resolve("gone"))) {
            nowhere = gone.url();
        }
        signIn.prefill(nowhere, "ana-demo-token");

        signIn.signIn();

        assertNull(session.accountProperty().get());
        assertEquals("This laptop could not reach the web at that address. Check the web address and the Wi-Fi or"
                + " hotspot, then try again.", signIn.errorProperty().get());
    }

    @Test
    void signInNeedsBothFields() {
        signIn.prefill(web.url(), "");
        assertFalse(signIn.canSignInProperty().get());
        signIn.tokenProperty().set("x");
        assertTrue(signIn.canSignInProperty().get());
    }

    @Test
    void anAddressTypedWithoutSchemeGetsOne() {
        assertEquals("https://fieldreport.example.com", SignInViewModel.normalise(" fieldreport.example.com/ "));
        assertEquals("http://127.0.0.1:8080", SignInViewModel.normalise("127.0.0.1:8080"));
        assertEquals("http://localhost:8080", SignInViewModel.normalise("localhost:8080/"));
        assertEquals("https://x.example", SignInViewModel.normalise("https://x.example"));
    }
}
