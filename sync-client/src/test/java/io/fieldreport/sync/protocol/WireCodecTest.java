package io.fieldreport.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireCodecTest {

    private final WireCodec codec = new WireCodec();

    private void roundTrips(Object record) throws WireFormatException {
        String json = codec.encode(record);
        assertEquals(record, codec.decode(json, record.getClass()), json);
    }

    @Test
    void everyProtocolRecordRoundTrips() throws WireFormatException {
        var comment = Samples.comment("Flashing <loose> at \"chimney\" — ünïcode ✓", Rating.SAFETY, 2_000, "lap-a");
        var unrated = Samples.comment("", null, 2_000, "lap-a");
        var photo = Samples.photo("North slope", false, 3_000);
        var inspection = new InspectionRecord(Samples.INSPECTION, "12 Elm St", "R. Díaz",
                LocalDate.of(2026, 11, 23), InspectionStatus.IN_PROGRESS, List.of("Ana", "Ben"));
        var lock = new LockInfo("lk-1", "u-ana", "Ana", "lap-a", 10, 70_000);

        roundTrips(new UserRecord("u-ana", "Ana", Role.INSPECTOR));
        roundTrips(inspection);
        roundTrips(new InspectionList(List.of(inspection)));
        roundTrips(new InspectionDetail(inspection, io.fieldreport.sync.template.ResidentialTemplate.sections()));
        roundTrips(comment);
        roundTrips(unrated);
        roundTrips(photo);
        roundTrips(new PushRequest("lap-a", List.of(Change.of(UUID.randomUUID(), comment),
                Change.of(UUID.randomUUID(), photo))));
        roundTrips(new PushResponse(List.of(ChangeResult.applied(UUID.randomUUID()),
                ChangeResult.superseded(UUID.randomUUID(), List.of("text"), comment, null),
                ChangeResult.rejected(UUID.randomUUID(), "inspection_published", "Report published", false))));
        roundTrips(new PullResponse(inspection, List.of(comment), List.of(photo), "42", true));
        roundTrips(new LockRequest("lap-a", 60));
        roundTrips(lock);
        roundTrips(new LockState(lock));
        roundTrips(new LockState(null));
        roundTrips(new ErrorBody(new ErrorBody.Detail("locked", "Ana is syncing", true, lock.withoutId())));
        roundTrips(new Health("ok", 123, "0.1.0"));
        var entries = List.of(ManifestHasher.comment(comment), ManifestHasher.photo(photo, true));
        roundTrips(ManifestHasher.manifest(entries, true));
        roundTrips(ManifestHasher.manifest(entries, false));
    }

    @Test
    void encodesStampsAndEnumsAsDocumented() {
        String json = codec.encode(Samples.comment("x", Rating.DEFECT, 2_000, "lap-a"));
        assertTrue(json.contains("\"stamp\":\"0000000000002000-00000-lap-a\""), json);
        assertTrue(json.contains("\"value\":\"defect\""), json);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON at all                  | not json                                                    | invalid LockRequest",
        "truncated                        | {\"deviceId\":\"lap-a\",                                    | ends too early",
        "trailing data                    | {\"deviceId\":\"lap-a\",\"leaseSeconds\":60} {}             | invalid LockRequest",
        "a number as a string             | {\"deviceId\":\"lap-a\",\"leaseSeconds\":\"60\"}            | expected a whole number but found a string",
        "a fraction                       | {\"deviceId\":\"lap-a\",\"leaseSeconds\":1.5}               | expected a whole number but found 1.5",
        "a string as a number             | {\"deviceId\":7,\"leaseSeconds\":60}                        | expected a string but found a number",
        "a missing field                  | {\"leaseSeconds\":60}                                       | missing field 'deviceId'",
        "an out-of-range value            | {\"deviceId\":\"lap-a\",\"leaseSeconds\":100000}            | leaseSeconds must be between",
        "single quotes (lenient JSON)     | {'deviceId':'lap-a','leaseSeconds':60}                      | invalid LockRequest",
        "an array instead of an object    | []                                                          | invalid LockRequest",
        "null                             | null                                                        | expected a LockRequest object",
    })
    void rejectsMalformedJsonWithAClearError(String what, String json, String expected) {
        var e = assertThrows(WireFormatException.class, () -> codec.decode(json, LockRequest.class), what);
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
    }

    @Test
    void rejectsAnUnknownRatingInsteadOfDroppingIt() {
        String json = codec.encode(Samples.comment("x", Rating.DEFECT, 2_000, "lap-a")).replace("\"defect\"", "\"awful\"");
        var e = assertThrows(WireFormatException.class, () -> codec.decode(json, CommentRecord.class));
        assertTrue(e.getMessage().contains("unknown value 'awful'"), e.getMessage());
        assertTrue(e.getMessage().contains("satisfactory, maintenance, defect, safety"), e.getMessage());
    }

    @Test
    void rejectsABooleanGivenAsAString() {
        String json = codec.encode(Samples.comment("x", Rating.DEFECT, 2_000, "lap-a"))
                .replace("\"value\":false", "\"value\":\"no\"");
        var e = assertThrows(WireFormatException.class, () -> codec.decode(json, CommentRecord.class));
        assertTrue(e.getMessage().contains("expected true or false but found a string"), e.getMessage());
    }

    @Test
    void rejectsAMalformedStampOrIdAndSaysWhere() {
        String json = codec.encode(Samples.comment("x", Rating.DEFECT, 2_000, "lap-a"));
        var badStamp = assertThrows(WireFormatException.class,
                () -> codec.decode(json.replace("0000000000002000-00000-lap-a", "yesterday"), CommentRecord.class));
        assertTrue(badStamp.getMessage().contains("invalid stamp 'yesterday'"), badStamp.getMessage());
        assertTrue(badStamp.getMessage().contains("$.text.stamp"), badStamp.getMessage());
        var badId = assertThrows(WireFormatException.class,
                () -> codec.decode(json.replace(Samples.COMMENT.toString(), "../../etc/passwd"), CommentRecord.class));
        assertTrue(badId.getMessage().contains("invalid id '../../etc/passwd' at $.id"), badId.getMessage());
    }

    @Test
    void rejectsAChangeThatCarriesNothingOrBoth() {
        var e = assertThrows(WireFormatException.class, () -> codec.decode(
                "{\"deviceId\":\"lap-a\",\"changes\":[{\"changeId\":\"" + UUID.randomUUID() + "\"}]}",
                PushRequest.class));
        assertTrue(e.getMessage().contains("exactly one of 'comment' and 'photo'"), e.getMessage());
    }

    @Test
    void rejectsATextOverTheLimit() {
        String json = codec.encode(Samples.comment("x", Rating.DEFECT, 2_000, "lap-a"))
                .replace("\"value\":\"x\"", "\"value\":\"" + "y".repeat(CommentRecord.MAX_TEXT + 1) + "\"");
        var e = assertThrows(WireFormatException.class, () -> codec.decode(json, CommentRecord.class));
        assertTrue(e.getMessage().contains("the limit is " + CommentRecord.MAX_TEXT), e.getMessage());
    }

    @Test
    void ignoresFieldsItDoesNotKnowSoANewerWebCanAddSome() throws WireFormatException {
        var health = codec.decode("{\"status\":\"ok\",\"serverTime\":5,\"version\":\"2\",\"region\":\"eu\"}",
                Health.class);
        assertEquals(new Health("ok", 5, "2"), health);
    }
}
