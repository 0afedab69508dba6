package io.fieldreport.sync.template;

import io.fieldreport.sync.protocol.ItemRecord;
import io.fieldreport.sync.protocol.SectionRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in residential inspection template. Section and item ids are stable: comments refer to
 * them on every laptop and on the web, so an id is never renamed or reused, only added.
 */
public final class ResidentialTemplate {

    public static final String ID = "residential-v1";

    private static final List<SectionRecord> SECTIONS = List.of(
            section("roof", "Roof",
                    "coverings", "Coverings",
                    "flashings", "Flashings",
                    "skylights", "Skylights, chimneys and roof penetrations",
                    "drainage", "Roof drainage systems"),
            section("exterior", "Exterior",
                    "siding", "Siding, flashing and trim",
                    "doors", "Exterior doors",
                    "decks", "Walkways, patios and decks",
                    "grading", "Vegetation, grading and drainage",
                    "driveways", "Driveways"),
            section("structure", "Structure",
                    "foundation", "Foundation",
                    "basement", "Basement and crawlspace",
                    "floors", "Floor structure",
                    "walls", "Wall structure",
                    "roof-structure", "Ceiling and roof structure"),
            section("electrical", "Electrical",
                    "service", "Service entrance conductors",
                    "panel", "Main and distribution panels",
                    "branch", "Branch wiring circuits",
                    "outlets", "Lighting fixtures, switches and receptacles",
                    "gfci", "GFCI and AFCI protection",
                    "smoke", "Smoke and carbon monoxide detectors"),
            section("plumbing", "Plumbing",
                    "supply", "Water supply and distribution",
                    "drains", "Drain, waste and vent systems",
                    "water-heater", "Water heater",
                    "fixtures", "Fixtures and faucets",
                    "fuel", "Fuel storage and distribution"),
            section("hvac", "HVAC",
                    "heating", "Heating equipment",
                    "cooling", "Cooling equipment",
                    "distribution", "Distribution systems",
                    "thermostat", "Thermostat and controls"),
            section("interior", "Interior",
                    "walls", "Walls and ceilings",
                    "floors", "Floors",
                    "stairs", "Steps, stairways and railings",
                    "windows", "Windows",
                    "doors", "Interior doors"),
            section("insulation", "Insulation and ventilation",
                    "attic", "Attic insulation",
                    "ventilation", "Attic and foundation ventilation",
                    "exhaust", "Exhaust systems"),
            section("appliances", "Appliances",
                    "dishwasher", "Dishwasher",
                    "range", "Range, cooktop and oven",
                    "refrigerator", "Refrigerator",
                    "laundry", "Washer and dryer"),
            section("garage", "Garage",
                    "door", "Garage door",
                    "opener", "Garage door opener",
                    "firewall", "Firewall and fire door",
                    "floor", "Garage floor"),
            section("fireplace", "Fireplaces",
                    "firebox", "Firebox and damper",
                    "chimney", "Chimney and flue"));

    private ResidentialTemplate() {
    }

    /** The sections in report order, each with its items; item ids are {@code section.item}. */
    public static List<SectionRecord> sections() {
        return SECTIONS;
    }

    public static boolean hasItem(String itemId) {
        return SECTIONS.stream().flatMap(s -> s.items().stream()).anyMatch(i -> i.id().equals(itemId));
    }

    private static SectionRecord section(String id, String title, String... itemIdsAndTitles) {
        List<ItemRecord> items = new ArrayList<>();
        for (int i = 0; i < itemIdsAndTitles.length; i += 2) {
            items.add(new ItemRecord(id + "." + itemIdsAndTitles[i], itemIdsAndTitles[i + 1]));
        }
        return new SectionRecord(id, title, items);
    }
}
