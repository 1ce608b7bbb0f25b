/**
 * Document exports shared by the feature modules: PDF with an embedded CJK font.
 */
@NullMarked
package org.lianjian.shared.export;

import org.jspecify.annotations.NullMarked;
