package io.fieldreport.desktop.inspections;

import io.fieldreport.desktop.syncstatus.ProgressWords;
import io.fieldreport.sync.InspectionSummary;
import io.fieldreport.sync.protocol.InspectionRecord;

/**
 * One card of the inspections screen: the inspection, where it is, and what of it is only on this
 * laptop, changes and photos counted as the status bar counts them.
 */
public record InspectionRow(InspectionSummary summary, int photosNotOnWeb) {

    public InspectionRecord inspection() {
        return summary.inspection();
    }

    public boolean onLaptop() {
        return summary.onLaptop();
    }

    public boolean onWeb() {
        return summary.onWeb();
    }

    public int changesNotOnWeb() {
        return summary.changesNotOnWeb();
    }

    public int openConflicts() {
        return summary.openConflicts();
    }

    public boolean allOnWeb() {
        return changesNotOnWeb() == 0 && photosNotOnWeb == 0;
    }

    /** "2 changes and 1 photo not on the web yet", the status bar's words for this inspection. */
    public String pendingWords() {
        return ProgressWords.pending(changesNotOnWeb(), photosNotOnWeb);
    }
}
