/**
 * Document exports shared by the feature modules: PDF with an embedded CJK font, and
 * spreadsheets on one streaming writer ({@link org.lianjian.shared.export.XlsxBook},
 * lists through {@link org.lianjian.shared.export.XlsxTable}).
 */
@NullMarked
package org.lianjian.shared.export;

import org.jspecify.annotations.NullMarked;
