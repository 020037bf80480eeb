/**
 * Tables people upload: CSV as Excel and other tools save it (comma, semicolon or tab, UTF-8,
 * UTF-16 with a byte order mark, or Windows-1252 where the bytes are not UTF-8) and Excel
 * workbooks (.xlsx, read as a stream). Every importer reads its rows through {@link
 * se.samverkan.platform.tabular.TabularFiles}, so each gets the same leniency and the same line
 * numbers in its error messages.
 */
package se.samverkan.platform.tabular;
