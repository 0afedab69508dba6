package io.fieldreport.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table, built row by row. */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    public String markdown() {
        StringBuilder s = new StringBuilder();
        line(s, header);
        line(s, header.stream().map(h -> "---").toList());
        rows.forEach(r -> line(s, r));
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells) {
        s.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
