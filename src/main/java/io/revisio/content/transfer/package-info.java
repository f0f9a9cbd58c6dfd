/**
 * Moving questions in and out of the bank as files: CSV and JSON uploads checked row by row in a dry run,
 * committed by a background job through the question bank, and exports in the same formats.
 */
package io.revisio.content.transfer;
