/**
 * The pieces every list query is built from: a {@code where} clause that holds only the
 * conditions of the filters in use ({@link SqlWhere}), the search term as a LIKE pattern
 * with one escape character ({@link Like}), and the data-scope condition of each table
 * family ({@link ScopeClause}); and the one way an export reads its list query, row by
 * row through a cursor ({@link RowStream}).
 */
@NullMarked
package org.lianjian.shared.sql;

import org.jspecify.annotations.NullMarked;
