/**
 * Bean Validation constraints shared by the forms of every module.
 */
@NullMarked
package org.lianjian.shared.validation;

import org.jspecify.annotations.NullMarked;
