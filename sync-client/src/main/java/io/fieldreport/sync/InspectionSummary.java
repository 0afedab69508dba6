package io.fieldreport.sync;

import io.fieldreport.sync.protocol.InspectionRecord;

/**
 * An inspection in the list: from the web, from this laptop, or both. {@code onLaptop} means it has
 * been downloaded; {@code changesNotOnWeb} is what only this laptop has yet.
 */
public record InspectionSummary(InspectionRecord inspection, boolean onLaptop, boolean onWeb,
                                int changesNotOnWeb, int openConflicts) {
}
