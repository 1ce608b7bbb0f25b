package org.lianjian.activity;

/**
 * A community venue (阵地) or a base (基地) offered by a unit under an agreement.
 */
public enum PositionKind {

	POSITION, BASE;

	public String messageKey() {
		return "position.kind." + name();
	}

}
