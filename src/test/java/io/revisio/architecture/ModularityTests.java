package io.revisio.architecture;

import io.revisio.RevisioApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules by capability, no cycles, no reaching into another module's internals. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RevisioApplication.class);
    static final Path DOCUMENTATION = Path.of("docs", "architecture");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Writes the module documentation into docs/architecture. The generator lists relations in no fixed
     * order, so a file is only replaced when its content really changed, not merely its line order.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path generated = Path.of("target", "module-documentation");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCUMENTATION);
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                Path committed = DOCUMENTATION.resolve(file.getFileName());
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(file))) {
                    Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
