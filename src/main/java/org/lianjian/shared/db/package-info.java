@NullMarked
package org.lianjian.shared.db;

import org.jspecify.annotations.NullMarked;
