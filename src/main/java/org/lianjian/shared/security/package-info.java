@NullMarked
package org.lianjian.shared.security;

import org.jspecify.annotations.NullMarked;
