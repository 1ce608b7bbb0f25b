@NullMarked
package org.lianjian.shared.web;

import org.jspecify.annotations.NullMarked;
