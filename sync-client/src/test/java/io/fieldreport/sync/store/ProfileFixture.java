package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.InspectionDetail;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.template.ResidentialTemplate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A signed-in profile holding one inspection from the residential template. */
final class ProfileFixture implements AutoCloseable {

    final Profile profile;
    final UUID inspection = UUID.randomUUID();
    final WireCodec codec = new WireCodec();
    final Outbox outbox;
    final LocalEdits edits;
    final ReportReader report;
    final History history;

    ProfileFixture(Path dir) {
        profile = Profile.open(dir, Clock.systemUTC());
        profile.settings().put(LocalEdits.USER_NAME, "Ana");
        new InspectionStore(profile.db()).save(new InspectionDetail(
                new InspectionRecord(inspection, "12 Elm St", "R. Diaz", LocalDate.of(2026, 11, 23),
                        InspectionStatus.IN_PROGRESS, List.of("Ana")),
                ResidentialTemplate.sections()));
        outbox = new Outbox(profile.db(), codec, Clock.systemUTC());
        edits = new LocalEdits(profile.db(), profile.clock(), outbox, profile.photos());
        report = new ReportReader(profile.db());
        history = new History(profile.db(), codec);
    }

    int rows(String table) {
        return profile.db().read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    void execute(String sql) {
        profile.db().transaction(c -> {
            try (var s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    @Override
    public void close() {
        profile.close();
    }
}
