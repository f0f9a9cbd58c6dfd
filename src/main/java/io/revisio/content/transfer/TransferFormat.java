package io.revisio.content.transfer;

import java.util.Locale;

/** The file formats questions travel in; both carry the same fields (docs/content/import.md). */
enum TransferFormat {
    JSON("application/json", ".json"), CSV("text/csv", ".csv");

    final String mediaType;
    final String extension;

    TransferFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format asked for by name, or else the one the file name's extension says. */
    static TransferFormat of(String name, String fileName) {
        if (name != null && !name.isBlank()) {
            for (TransferFormat format : values()) {
                if (format.name().equalsIgnoreCase(name.strip())) {
                    return format;
                }
            }
            throw TransferProblems.unknownFormat(name);
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (TransferFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return format;
            }
        }
        throw TransferProblems.unsupportedFile();
    }
}
