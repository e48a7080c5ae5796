/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.util.ArrayList;
import java.util.List;

import dev.upskill.core.gap.RoleFit;

/**
 * The ranking table: roles by fit, best first. The Role Fit view's columns and
 * {@code upskill rank --format csv|json} come from it.
 *
 * @since 0.3.0
 */
public final class RankTable {

	/** @param rank 1 for the best fit */
	public record Row(int rank, RoleFit fit) {
	}

	public static final int RANK = 0;
	public static final int SCORE = 1;
	public static final int ESSENTIAL_SCORE = 2;
	public static final int ROLE = 3;
	public static final int NAME = 4;

	public static final Table<Row> TABLE = new Table<>("Roles by fit", List.of(
			Column.<Row>integer("rank", "#", Row::rank),
			Column.<Row>decimal("score", "Fit", 1, r -> r.fit().roundedScore()),
			Column.<Row>decimal("essentialScore", "Fit of the essentials", 3, r -> r.fit().essentialScore()),
			Column.<Row>text("role", "Id", r -> r.fit().key()),
			Column.<Row>text("name", "Role", r -> r.fit().role().getName())), null);

	private RankTable() {
	}

	/** The rows of a ranking, best first, numbered from 1. */
	public static List<Row> rows(List<RoleFit> ranked) {
		List<Row> rows = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			rows.add(new Row(i + 1, ranked.get(i)));
		}
		return rows;
	}
}
