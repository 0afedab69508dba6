package io.fieldreport.web.demo;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.RecordMerge;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.store.Database;
import io.fieldreport.sync.template.ResidentialTemplate;
import io.fieldreport.web.admin.DemoSeed;
import io.fieldreport.web.admin.NewUser;
import io.fieldreport.web.merge.MergeWriter;
import io.fieldreport.web.photos.PhotoStore;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Users;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The demo inspection QA and the desktop app's first run open: a house from the residential
 * template, two inspectors and an office user with fixed tokens (docs/QA.md), and a few comments and
 * photos as if Ana and Ben had already saved some work. Created once; later calls return what is there.
 */
public final class DemoSeeder {

    public static final UUID INSPECTION = UUID.fromString("3b0c6a52-8f1e-4d7a-9c3e-5a2b1d0e7f64");
    public static final NewUser ANA = new NewUser("u-ana", "Ana Reyes", Role.INSPECTOR, "ana-demo-token");
    public static final NewUser BEN = new NewUser("u-ben", "Ben Okafor", Role.INSPECTOR, "ben-demo-token");
    public static final NewUser OFFICE = new NewUser("u-olivia", "Olivia Grant", Role.OFFICE, "office-demo-token");

    private static final String ANA_LAPTOP = "lap-3f9a0c1b2d4e";
    private static final String BEN_LAPTOP = "lap-9c1d7e2f4a6b";

    /** One seeded comment, optionally with one photo from the class path. */
    private record SeedComment(String id, String itemId, NewUser author, String device, int minutesAgo,
                               Rating rating, String text, String photoId, String photoFile, String caption) {
    }

    private static final List<SeedComment> COMMENTS = List.of(
            new SeedComment("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a01", "roof.coverings", ANA, ANA_LAPTOP, 95,
                    Rating.MAINTENANCE, "Asphalt shingles show granule loss and curled tabs on the south-facing"
                    + " slope; several tabs lifted near the ridge. Recommend evaluation by a licensed roofer"
                    + " within the next year.",
                    "9a4c2e71-5b3d-4f60-8e12-7d9b0c1a2e01", "roof-south-slope.png", "South slope, lifted tab near the ridge"),
            new SeedComment("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a02", "roof.flashings", ANA, ANA_LAPTOP, 88,
                    Rating.DEFECT, "Chimney flashing is loose on the uphill side with open gaps at the"
                    + " counter-flashing; water staining visible on the attic sheathing below. Repair before"
                    + " the rainy season.",
                    "9a4c2e71-5b3d-4f60-8e12-7d9b0c1a2e02", "chimney-flashing.png", "Chimney, uphill side"),
            new SeedComment("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a03", "electrical.panel", ANA, ANA_LAPTOP, 64,
                    Rating.SAFETY, "Double-tapped breaker (two conductors under one terminal) at position 14 of"
                    + " the main panel. Have a licensed electrician correct this.",
                    null, null, null),
            new SeedComment("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a04", "plumbing.water-heater", BEN, BEN_LAPTOP, 52,
                    Rating.SATISFACTORY, "50-gallon gas water heater, manufactured 2016. Temperature and pressure"
                    + " relief valve and discharge pipe present and properly terminated.",
                    null, null, null),
            new SeedComment("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a05", "exterior.decks", BEN, BEN_LAPTOP, 41,
                    Rating.DEFECT, "Rear deck ledger board has no visible flashing; soft wood at two joist ends"
                    + " next to the stairs. Have a qualified contractor evaluate and repair.",
                    null, null, null),
            new SeedComment("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a06", "interior.windows", BEN, BEN_LAPTOP, 30,
                    Rating.MAINTENANCE, "Two double-pane windows in the east bedroom have failed seals (fogging"
                    + " between the panes).",
                    null, null, null));

    private final Database db;
    private final Users users;
    private final Inspections inspections;
    private final MergeWriter writer;
    private final PhotoStore photoStore;
    private final Clock clock;

    public DemoSeeder(Database db, Users users, Inspections inspections, MergeWriter writer, PhotoStore photoStore,
                      Clock clock) {
        this.db = db;
        this.users = users;
        this.inspections = inspections;
        this.writer = writer;
        this.photoStore = photoStore;
        this.clock = clock;
    }

    /**
     * Creates the demo if the web does not hold it; otherwise changes nothing, not even the photos'
     * bytes: QA removes those to simulate loss, and a restart with {@code --seed demo} must not
     * quietly put them back.
     */
    public DemoSeed seed() {
        if (db.read(c -> inspections.find(c, INSPECTION)).isEmpty()) {
            storePhotoBytes();
            db.transaction(c -> {
                // Checked again inside the write: another seed may have created it since the read.
                if (inspections.find(c, INSPECTION).isEmpty()) {
                    create(c);
                }
                return null;
            });
        }
        return new DemoSeed(INSPECTION, ANA, BEN, OFFICE);
    }

    private void create(Connection c) throws SQLException {
        long now = clock.millis();
        for (NewUser u : List.of(ANA, BEN, OFFICE)) {
            if (users.byId(c, u.id()).isEmpty()) {
                users.insert(c, new UserRecord(u.id(), u.name(), u.role()), u.token(), now);
            }
        }
        inspections.insert(c, INSPECTION, "1427 Alder Creek Road, Bend, OR 97701", "Priya and Daniel Whitfield",
                LocalDate.now(clock), ResidentialTemplate.ID, now);
        inspections.assign(c, INSPECTION, ANA.id(), now);
        inspections.assign(c, INSPECTION, BEN.id(), now + 1);
        for (SeedComment s : COMMENTS) {
            Stamp stamp = new Stamp(now - s.minutesAgo() * 60_000L, 0, s.device());
            String name = s.author().name();
            var comment = new CommentRecord(UUID.fromString(s.id()), s.itemId(), stamp,
                    new Stamped<>(s.text(), stamp, name), new Stamped<>(s.rating(), stamp, name),
                    new Stamped<>(false, stamp, name));
            writer.comment(c, INSPECTION, comment, RecordMerge.merge(null, comment));
            if (s.photoFile() != null) {
                Stamp photoStamp = new Stamp(stamp.millis() + 20_000, 0, s.device());
                var photo = new PhotoRecord(UUID.fromString(s.photoId()), comment.id(), photoStamp,
                        new Stamped<>(content(s.photoFile()), photoStamp, name),
                        new Stamped<>(s.caption(), photoStamp, name), new Stamped<>(false, photoStamp, name));
                writer.photo(c, INSPECTION, photo, RecordMerge.merge(null, photo));
            }
        }
    }

    /** The photos' bytes go in first, verified like any upload, so no photo record ever lacks them. */
    private void storePhotoBytes() {
        for (SeedComment s : COMMENTS) {
            if (s.photoFile() == null) {
                continue;
            }
            byte[] bytes = bytes(s.photoFile());
            PhotoContent content = content(s.photoFile());
            try {
                if (!photoStore.isStored(content.sha256())) {
                    photoStore.append(content.sha256(), 0, bytes.length, bytes.length, new ByteArrayInputStream(bytes));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store the demo photo " + s.photoFile(), e);
            }
        }
    }

    private static PhotoContent content(String file) {
        byte[] bytes = bytes(file);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new PhotoContent(HexFormat.of().formatHex(digest), bytes.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] bytes(String file) {
        try (InputStream in = DemoSeeder.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the demo photo " + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
