package io.revisio.content.syllabus;

import static io.revisio.content.syllabus.SyllabusLevel.BLOCK;
import static io.revisio.content.syllabus.SyllabusLevel.CONCEPT;
import static io.revisio.content.syllabus.SyllabusLevel.THEME;
import static io.revisio.content.syllabus.SyllabusLevel.YEAR;

import io.revisio.shared.seed.DemoData;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A small medical syllabus to practise on locally: two years, six blocks, twenty themes and some concepts. */
@Component
@Order(DemoData.FOUNDATION)
class DemoSyllabus implements DemoData {

    private record Entry(String code, String parent, SyllabusLevel level, String name) {
    }

    /** Siblings are listed in display order. */
    private static final List<Entry> ENTRIES = List.of(
            new Entry("Y1", null, YEAR, "Year 1"),
            new Entry("Y1-FND", "Y1", BLOCK, "Foundations of medicine"),
            new Entry("Y1-FND-CELL", "Y1-FND", THEME, "Cell biology"),
            new Entry("Y1-FND-CELL-MEM", "Y1-FND-CELL", CONCEPT, "Membrane transport"),
            new Entry("Y1-FND-CELL-CYC", "Y1-FND-CELL", CONCEPT, "Cell cycle"),
            new Entry("Y1-FND-BIOC", "Y1-FND", THEME, "Biochemistry"),
            new Entry("Y1-FND-BIOC-ENZ", "Y1-FND-BIOC", CONCEPT, "Enzyme kinetics"),
            new Entry("Y1-FND-GEN", "Y1-FND", THEME, "Genetics"),
            new Entry("Y1-FND-GEN-INH", "Y1-FND-GEN", CONCEPT, "Patterns of inheritance"),
            new Entry("Y1-FND-IMM", "Y1-FND", THEME, "Immunology"),
            new Entry("Y1-FND-IMM-HYP", "Y1-FND-IMM", CONCEPT, "Hypersensitivity"),
            new Entry("Y1-CVS", "Y1", BLOCK, "Cardiovascular system"),
            new Entry("Y1-CVS-ANAT", "Y1-CVS", THEME, "Cardiac anatomy"),
            new Entry("Y1-CVS-ANAT-COR", "Y1-CVS-ANAT", CONCEPT, "Coronary circulation"),
            new Entry("Y1-CVS-PHYS", "Y1-CVS", THEME, "Cardiac physiology"),
            new Entry("Y1-CVS-PHYS-ECG", "Y1-CVS-PHYS", CONCEPT, "The ECG"),
            new Entry("Y1-CVS-PHAR", "Y1-CVS", THEME, "Cardiovascular pharmacology"),
            new Entry("Y1-CVS-PHAR-AHT", "Y1-CVS-PHAR", CONCEPT, "Antihypertensive drugs"),
            new Entry("Y1-RES", "Y1", BLOCK, "Respiratory system"),
            new Entry("Y1-RES-ANAT", "Y1-RES", THEME, "Respiratory anatomy"),
            new Entry("Y1-RES-PHYS", "Y1-RES", THEME, "Respiratory physiology"),
            new Entry("Y1-RES-PHYS-GAS", "Y1-RES-PHYS", CONCEPT, "Gas exchange"),
            new Entry("Y1-RES-PATH", "Y1-RES", THEME, "Respiratory disease"),
            new Entry("Y1-RES-PATH-OBS", "Y1-RES-PATH", CONCEPT, "Obstructive airway disease"),
            new Entry("Y2", null, YEAR, "Year 2"),
            new Entry("Y2-GI", "Y2", BLOCK, "Gastrointestinal system"),
            new Entry("Y2-GI-ANAT", "Y2-GI", THEME, "Gastrointestinal anatomy"),
            new Entry("Y2-GI-PHYS", "Y2-GI", THEME, "Gastrointestinal physiology"),
            new Entry("Y2-GI-PATH", "Y2-GI", THEME, "Gastrointestinal disease"),
            new Entry("Y2-GI-PATH-LIV", "Y2-GI-PATH", CONCEPT, "Liver disease"),
            new Entry("Y2-REN", "Y2", BLOCK, "Renal and urinary system"),
            new Entry("Y2-REN-PHYS", "Y2-REN", THEME, "Renal physiology"),
            new Entry("Y2-REN-ACID", "Y2-REN", THEME, "Acid–base and electrolytes"),
            new Entry("Y2-REN-ACID-ABG", "Y2-REN-ACID", CONCEPT, "Arterial blood gases"),
            new Entry("Y2-REN-PATH", "Y2-REN", THEME, "Renal disease"),
            new Entry("Y2-NEU", "Y2", BLOCK, "Nervous system"),
            new Entry("Y2-NEU-ANAT", "Y2-NEU", THEME, "Neuroanatomy"),
            new Entry("Y2-NEU-PHYS", "Y2-NEU", THEME, "Neurophysiology"),
            new Entry("Y2-NEU-PHAR", "Y2-NEU", THEME, "Neuropharmacology"),
            new Entry("Y2-NEU-CLIN", "Y2-NEU", THEME, "Clinical neurology"),
            new Entry("Y2-NEU-CLIN-STR", "Y2-NEU-CLIN", CONCEPT, "Stroke"));

    private final SyllabusRepository syllabus;

    DemoSyllabus(SyllabusRepository syllabus) {
        this.syllabus = syllabus;
    }

    @Override
    public String name() {
        return "demo syllabus";
    }

    @Override
    @Transactional
    public void load() {
        syllabus.lockTree(); // positions are taken from the current siblings: no editor may change them meanwhile
        Map<String, Integer> siblingsSoFar = new HashMap<>();
        for (Entry entry : ENTRIES) {
            int position = siblingsSoFar.merge(String.valueOf(entry.parent()), 1, Integer::sum) - 1;
            UUID parent = entry.parent() == null ? null : idOf(entry.parent());
            syllabus.insertIfAbsent(new SyllabusNode(idOf(entry.code()), parent, entry.level(), entry.code(),
                    entry.name(), position, true));
        }
    }

    /** Stable ids, so the demo syllabus is the same everywhere and loading it twice changes nothing. */
    static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("revisio-demo-syllabus:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
