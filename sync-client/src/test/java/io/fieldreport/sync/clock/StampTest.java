package io.fieldreport.sync.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StampTest {

    @Test
    void textFormRoundTrips() {
        var stamp = new Stamp(1_732_233_445_566L, 3, "lap-3f9a0c1b2d4e");
        assertEquals("0001732233445566-00003-lap-3f9a0c1b2d4e", stamp.toString());
        assertEquals(stamp, Stamp.parse(stamp.toString()));
    }

    @Test
    void textFormIsFixedWidthAtTheEdgesOfTheRanges() {
        assertEquals("0000000000000000-00000-a", new Stamp(0, 0, "a").toString());
        assertEquals("9999999999999999-99999-web", new Stamp(9_999_999_999_999_999L, Stamp.MAX_COUNTER, "web").toString());
        assertEquals("0000000000000010-00100-lap-1", new Stamp(10, 100, "lap-1").toString());
    }

    @Test
    void textFormUsesAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            var stamp = new Stamp(1_732_233_445_566L, 3, "lap-3f9a0c1b2d4e");
            assertEquals("0001732233445566-00003-lap-3f9a0c1b2d4e", stamp.toString());
            assertEquals(stamp, Stamp.parse(stamp.toString()));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void textFormSortsLikeTheStamps() {
        var random = new Random(42);
        String[] devices = {"lap-a", "lap-b", "web", "lap-aa"};
        List<Stamp> stamps = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            stamps.add(new Stamp(random.nextInt(5) * 1_000_000_000L, random.nextInt(3), devices[random.nextInt(4)]));
        }
        List<Stamp> byValue = new ArrayList<>(stamps);
        byValue.sort(null);
        List<String> byText = new ArrayList<>(stamps.stream().map(Stamp::toString).toList());
        byText.sort(null);
        assertEquals(byValue.stream().map(Stamp::toString).toList(), byText);
    }

    @Test
    void readsTheLongestDeviceIdAndEveryCharacterItMayHave() {
        String device = "A0z9._:-" + "x".repeat(56);
        assertEquals(new Stamp(1, 2, device), Stamp.parse("0000000000000001-00002-" + device));
        assertTrue(Stamp.isValidDevice("web"));
        assertFalse(Stamp.isValidDevice("-web"));
        assertFalse(Stamp.isValidDevice(""));
    }

    @Test
    void rejectsMalformedText() {
        for (String bad : new String[] {"", "12-3-x", "0001732233445566-00003-", "0001732233445566-3-lap",
                "0001732233445566-00003-bad device", "x001732233445566-00003-lap",
                "0001732233445566_00003-lap", "0001732233445566-00003_lap", "000173223344556-000003-lap",
                "+001732233445566-00003-lap", "0001732233445566-+0003-lap", "0001732233445566-00003-.lap",
                "0001732233445566-0000\u0663-lap", "0001732233445566-00003-" + "d".repeat(65)}) {
            var e = assertThrows(IllegalArgumentException.class, () -> Stamp.parse(bad), bad);
            assertTrue(e.getMessage().contains("stamp") || e.getMessage().contains("device"), e.getMessage());
        }
    }
}
