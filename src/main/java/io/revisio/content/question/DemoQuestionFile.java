package io.revisio.content.question;

import java.util.List;

/** One file of demo questions: all of them filed under the theme the file is named after. */
record DemoQuestionFile(String name, String themeCode, List<DemoQuestion> questions) {
}
