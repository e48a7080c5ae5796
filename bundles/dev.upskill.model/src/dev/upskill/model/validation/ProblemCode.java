/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;

import dev.upskill.model.util.UpskillValidator;

/**
 * What kind of problem a {@link Problem} is, stable across versions and languages: markers, quick
 * fixes, the command line's output and tests match on it, never on the message. Each code has a
 * textual {@link #id()} (for markers, JSON and files) and a number, the code of the
 * {@link Diagnostic}s that the model's validator ({@link UpskillValidator}) reports with the source
 * {@link UpskillValidator#DIAGNOSTIC_SOURCE}.
 */
public enum ProblemCode {

	// Reading the file
	/** The file does not exist. */
	FILE_MISSING(101, "file-missing"),
	/** The path names a folder or other non-file. */
	NOT_A_FILE(102, "not-a-file"),
	/** The file exists but cannot be read (permissions, I/O error). */
	FILE_UNREADABLE(103, "file-unreadable"),
	/** Not a .framework, .profile or .plan file. */
	NOT_UPSKILL_FILE(104, "not-upskill-file"),
	/** The file ends before its XML does. */
	XML_TRUNCATED(105, "xml-truncated"),
	/** The XML is not well formed. */
	XML_MALFORMED(106, "xml-malformed"),
	/** The bytes are not valid in the file's encoding (UTF-8). */
	ENCODING(107, "encoding"),
	/** A DOCTYPE declaration, refused for safety. */
	DOCTYPE(108, "doctype"),
	/** An XML namespace other than the Upskill model's. */
	UNKNOWN_NAMESPACE(109, "unknown-namespace"),
	/** An attribute or element the model does not have. */
	UNKNOWN_FEATURE(110, "unknown-feature"),
	/** An element type the model does not have. */
	UNKNOWN_TYPE(111, "unknown-type"),
	/** A value that does not parse for its attribute (a number, date, enumeration literal). */
	INVALID_VALUE(112, "invalid-value"),
	/** The file holds no model element. */
	NO_MODEL(113, "no-model"),
	/** The file's root element is not the kind its extension says. */
	WRONG_KIND(114, "wrong-kind"),
	/** More than one root element. */
	MULTIPLE_ROOTS(115, "multiple-roots"),
	/** Any other reason the file could not be read. */
	LOAD_FAILED(116, "load-failed"),

	// The model's rules
	/** A reference names an element that is in no file that could be read. */
	UNRESOLVED_REFERENCE(1, "unresolved-reference"),
	/** A required value is missing. */
	REQUIRED(2, "required"),
	/** An id that EMF could not read back (colon, white space...). */
	ID_PATTERN(3, "id-pattern"),
	/** Two elements of a file share an id. */
	DUPLICATE_ID(4, "duplicate-id"),
	/** A scale uses a level value twice. */
	SCALE_DUPLICATE_VALUE(5, "scale-duplicate-value"),
	/** A scale's levels are not in increasing order. */
	SCALE_ORDER(6, "scale-order"),
	/** A scale with fewer than two levels. */
	SCALE_TOO_FEW_LEVELS(7, "scale-too-few-levels"),
	/** A level is given for a skill whose framework defines no scale. */
	SKILL_WITHOUT_SCALE(8, "skill-without-scale"),
	/** A level that is not a level of the skill's scale. */
	LEVEL_NOT_IN_SCALE(9, "level-not-in-scale"),
	/** A requirement's weight is 0 or less. */
	WEIGHT_NOT_POSITIVE(10, "weight-not-positive"),
	/** A profile's weekly hours are outside 0-100. */
	WEEKLY_HOURS_RANGE(11, "weekly-hours-range"),
	/** A learning resource's cost is negative. */
	COST_NEGATIVE(12, "cost-negative"),
	/** A learning resource's hours are negative. */
	HOURS_NEGATIVE(13, "hours-negative"),
	/** A currency that is not an ISO 4217 code. */
	CURRENCY_CODE(14, "currency-code"),
	/** A plan step starts before week 1. */
	STEP_START_WEEK(15, "step-start-week"),
	/** A plan step ends before it starts. */
	STEP_END_BEFORE_START(16, "step-end-before-start"),
	/** A plan step ends after the plan's end date. */
	STEP_AFTER_PLAN_END(17, "step-after-plan-end"),
	/** A plan step's logged hours are negative. */
	HOURS_LOGGED_NEGATIVE(18, "hours-logged-negative"),
	/** A plan ends before it starts. */
	PLAN_END_BEFORE_START(19, "plan-end-before-start"),
	/** A plan step's log entry records negative hours. */
	LOG_HOURS_NEGATIVE(30, "log-hours-negative"),
	/** A plan step's log entries add up to more than the hours logged on the step (a warning). */
	LOG_EXCEEDS_TOTAL(31, "log-exceeds-total"),
	/** A team's member whose profile cannot be read (its file is missing or broken). */
	TEAM_MEMBER_UNREADABLE(40, "team-member-unreadable"),
	/** A team's member that is not a profile (a plan, a framework's element). */
	TEAM_MEMBER_NOT_PROFILE(41, "team-member-not-profile"),
	/** Any other constraint of EMF's (containment, bidirectional references, ...). */
	MODEL_CONSTRAINT(99, "model-constraint");

	private static final Map<Integer, ProblemCode> BY_VALUE = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(ProblemCode::value, Function.identity()));

	private final int value;
	private final String id;

	ProblemCode(int value, String id) {
		this.value = value;
		this.id = id;
	}

	/** The code of the validator's {@link Diagnostic}s of this kind. */
	public int value() {
		return value;
	}

	/** The stable textual code, such as {@code level-not-in-scale}. */
	public String id() {
		return id;
	}

	/** The code of a diagnostic of the model's validator, or null when it is not one of ours. */
	public static ProblemCode of(Diagnostic diagnostic) {
		return UpskillValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) ? BY_VALUE.get(diagnostic.getCode()) : null;
	}

	/** The code with the textual {@link #id()}, or null. */
	public static ProblemCode ofId(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst().orElse(null);
	}

	@Override
	public String toString() {
		return id;
	}
}
