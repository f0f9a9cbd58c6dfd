package io.revisio.content.transfer;

import io.revisio.shared.problem.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** Why an upload, a commit or an export is refused as a whole; problems of single rows go in the report. */
final class TransferProblems {

    private TransferProblems() {
    }

    static ProblemException unknownFormat(String name) {
        return ProblemException.invalidField("format", "unknown", "must be json or csv");
    }

    static ProblemException unsupportedFile() {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import-unsupported-format",
                "Send a .json or .csv file, or say which it is in the format field.");
    }

    static ProblemException emptyFile() {
        return ProblemException.invalidField("file", "required", "choose a non-empty file to import");
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "import-too-large",
                "The file is larger than the import limit of " + limit + " bytes.").with("limit", limit);
    }

    static ProblemException badEncoding() {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "import-bad-encoding",
                "The file is not UTF-8 text.");
    }

    static ProblemException unreadable(String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "import-unreadable", detail);
    }

    static ProblemException tooManyRows(int limit) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "import-too-many-rows",
                "The file holds more than " + limit + " questions; split it.").with("limit", limit);
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "There is no import " + id + ".");
    }
}
