/**
 * The question bank: the syllabus tree, questions and their versions, review workflow, import/export,
 * media and search.
 */
@ApplicationModule(displayName = "Content")
package io.revisio.content;

import org.springframework.modulith.ApplicationModule;
