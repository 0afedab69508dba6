package io.fieldreport.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's results as Markdown: written to a file as each section completes (a crash late in
 * the run keeps what was measured) and echoed to standard output, which is this program's output.
 */
public final class Report {

    private final Path file;
    private final PrintStream console;
    private final StringBuilder text = new StringBuilder();

    public Report(Path file, PrintStream console) throws IOException {
        this.file = file;
        this.console = console;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "", StandardCharsets.UTF_8);
    }

    public void heading(String title) throws IOException {
        append("\n## " + title + "\n\n");
    }

    public void paragraph(String markdown) throws IOException {
        append(markdown.strip() + "\n\n");
    }

    public void table(Table table) throws IOException {
        append(table.markdown() + "\n");
    }

    /** Progress for whoever watches the run; not part of the results file. */
    public void progress(String line) {
        console.println("  · " + line);
        console.flush();
    }

    private void append(String markdown) throws IOException {
        text.append(markdown);
        console.print(markdown);
        console.flush();
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
