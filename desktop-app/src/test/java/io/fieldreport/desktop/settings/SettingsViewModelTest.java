package io.fieldreport.desktop.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.Page;
import io.fieldreport.desktop.testing.LaptopTest;
import io.fieldreport.desktop.testing.TestWeb;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.SyncListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest extends LaptopTest {

    SettingsViewModel settings;

    @BeforeEach
    void setUp() {
        settings = new SettingsViewModel(laptop.client, laptop.runner, laptop.session, laptop.notices);
        settings.load();
    }

    @Test
    void showsWhoIsSignedInWhere() {
        assertEquals("Ana Reyes", settings.accountNameProperty().get());
        assertEquals(web.url(), settings.webAddressProperty().get());
    }

    @Test
    void signOutIsRefusedWithTheReasonWhileWorkIsNotOnTheWeb() {
        laptop.client.addComment(laptop.inspection, "roof.coverings", "Not saved to the web yet", null);

        settings.signOut();

        assertTrue(settings.signOutRefusalProperty().get().contains("1 change"),
                settings.signOutRefusalProperty().get());
        assertNotNull(laptop.session.accountProperty().get(), "still signed in");
        assertTrue(laptop.client.account().isPresent());

        settings.signOutLosingWork();

        assertNull(laptop.session.accountProperty().get());
        assertEquals(Page.SIGN_IN, laptop.session.pageProperty().get());
        assertTrue(laptop.client.account().isEmpty());
        assertTrue(laptop.client.localInspections().isEmpty());
    }

    @Test
    void signOutGoesThroughOnceEverythingIsOnTheWeb() throws Exception {
        laptop.client.addComment(laptop.inspection, "roof.coverings", "Saved first", null);
        laptop.client.save(SyncListener.NONE, new CancelToken());

        settings.signOut();

        assertEquals("", settings.signOutRefusalProperty().get());
        assertNull(laptop.session.accountProperty().get());
    }

    @Test
    void syncSettingsAreStoredAsTheyChange() {
        settings.autoSyncMinutesProperty().set(30);
        settings.photoQualityProperty().set(new PhotoQuality(1600));
        settings.workOfflineProperty().set(true);

        ClientSettings stored = laptop.client.settings();
        assertEquals(30, stored.autoSyncMinutes());
        assertEquals(1600, stored.photoQuality().longEdge());
        assertTrue(stored.workOffline());
    }

    @Test
    void showingStoredSettingsDoesNotWriteThemBack() {
        laptop.client.saveSettings(new ClientSettings(5, false, PhotoQuality.ORIGINAL, 77));
        settings.load();

        assertEquals(5, settings.autoSyncMinutesProperty().get());
        settings.workOfflineProperty().set(true);

        assertEquals(77, laptop.client.settings().lockWaitSeconds(), "settings this screen does not show are kept");
    }

    @Test
    void anotherWebAddressIsRefusedWhileThisInspectorsWorkIsOnTheLaptop() {
        try (TestWeb other = TestWeb.start(dir.resolve("other-web"))) {
            settings.newWebAddressProperty().set(other.url());
            settings.newTokenProperty().set(other.ana().token());

            settings.changeWebAddress();

            assertTrue(settings.addressMessageProperty().get().contains("Sign out first"),
                    settings.addressMessageProperty().get());
            assertEquals(web.url(), laptop.client.account().orElseThrow().serverUrl());
        }
    }
}
