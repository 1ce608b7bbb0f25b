package org.lianjian.structure;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Move an organisation under a new parent.
 */
public record MoveForm(@NotNull(message = "{validation.required}") @Nullable Long parentId,
		@NotNull @Nullable Long version) {

}
