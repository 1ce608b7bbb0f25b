@NullMarked
package org.lianjian.shared.jpa;

import org.jspecify.annotations.NullMarked;
