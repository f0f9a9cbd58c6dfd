package io.revisio.content.transfer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads and their dry run, and the request to commit. The dry run writes nothing but the import row;
 * the commit only queues the import for {@link ImportWorker}.
 */
@Component
class Imports {

    private static final int STEM_PREVIEW = 80;

    private final QuestionFiles files;
    private final RowCheck check;
    private final SyllabusCodes syllabus;
    private final VersionHashes hashes;
    private final ImportRepository imports;
    private final ImportProperties properties;
    private final Clock clock;

    Imports(QuestionFiles files, RowCheck check, SyllabusCodes syllabus, VersionHashes hashes,
            ImportRepository imports, ImportProperties properties, Clock clock) {
        this.files = files;
        this.check = check;
        this.syllabus = syllabus;
        this.hashes = hashes;
        this.imports = imports;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores the file with the dry run's report on every row. */
    @Transactional
    ImportView upload(UUID actor, String fileName, String formatName, byte[] file) {
        if (file == null || file.length == 0) {
            throw TransferProblems.emptyFile();
        }
        if (file.length > properties.maxFileSize().toBytes()) {
            throw TransferProblems.tooLarge(properties.maxFileSize().toBytes());
        }
        TransferFormat format = TransferFormat.of(formatName, fileName);
        List<ParsedRow> rows = files.read(format, file);
        SyllabusCodes.Snapshot codes = syllabus.read();
        hashes.catchUp(codes);
        Set<String> seen = new HashSet<>();
        List<ImportView.RowReport> reports = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (ParsedRow row : rows) {
            RowCheck.Checked checked = check.check(row, codes, seen);
            PortableQuestion question = row.question();
            reports.add(new ImportView.RowReport(row.row(), checked.outcome(),
                    question == null ? null : question.externalId(), checked.existing(),
                    question == null ? null : preview(question.stem())));
            problems.addAll(checked.problems());
        }
        UUID id = UUID.randomUUID();
        imports.insert(id, format, name(fileName, format), file, new ImportView.DryRun(reports, problems), actor,
                clock.instant());
        return find(id);
    }

    /** Queues the import; committing one that is queued, running or done again changes nothing. */
    @Transactional
    ImportView commit(UUID actor, UUID id) {
        find(id);
        imports.queue(id, actor);
        return find(id);
    }

    @Transactional(readOnly = true)
    ImportView find(UUID id) {
        return imports.find(id).orElseThrow(() -> TransferProblems.notFound(id));
    }

    @Transactional(readOnly = true)
    List<ImportView> recent() {
        return imports.recent(20);
    }

    private static String preview(String stem) {
        String flat = stem == null ? "" : stem.strip().replaceAll("\\s+", " ");
        return flat.length() <= STEM_PREVIEW ? flat : flat.substring(0, STEM_PREVIEW - 1) + "…";
    }

    private static String name(String fileName, TransferFormat format) {
        String name = fileName == null || fileName.isBlank() ? "upload" + format.extension : fileName.strip();
        return name.length() <= 255 ? name : name.substring(0, 255);
    }
}
