/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.upskill.io.internal.Reasons;
import dev.upskill.io.internal.spreadsheet.Sheets;

/**
 * Which column of a spreadsheet (CSV or XLSX) holds which field of the spreadsheet importer
 * ({@code csv}): one row is a skill in a category, optionally with a role, level and importance
 * that make it a requirement of the role. Immutable; {@link #with} gives a changed copy.
 * <p>
 * A mapping is saved as a small properties file, one field a line, the field's {@link Field#key()
 * key} and the column's header as it is in the file (any case):
 *
 * <pre>
 * # Upskill spreadsheet mapping: field = column header
 * skill = Skill name
 * category = Skill group
 * role = Job title
 * level = Required level
 * </pre>
 *
 * The same keys and headers are the {@link ImportRequest#options() options} of an import request
 * ({@link #options()}, {@link #fromOptions}).
 *
 * @since 0.1.0
 */
public final class SpreadsheetMapping {

	/** The id of the spreadsheet importer, the one that reads a mapping from its request's options. */
	public static final String IMPORTER_ID = "csv";

	/** The fields a column can hold, in the order a mapping lists them. */
	public enum Field {
		/** The skill's name; the only field a mapping must have. */
		SKILL("skill", "Skill", "skill", "skill name", "skills", "competency", "competency name", "competence", "skill title", "name"),
		/** The skill's id (otherwise derived from its name). */
		SKILL_ID("skill-id", "Skill id", "skill id", "skill code", "competency id", "competency code", "id", "code"),
		/** The skill's description. */
		DESCRIPTION("description", "Description", "description", "skill description", "definition", "details"),
		/** Other names of the skill, separated by {@code |} or line breaks. */
		ALIASES("aliases", "Aliases", "aliases", "alias", "synonyms", "alternative names", "alternative labels", "also known as", "keywords"),
		/**
		 * The skill's names that are ordinary words too ("Go", "R", "Excel"), separated like the
		 * aliases: a job posting names the skill with them only in a technical context.
		 */
		REQUIRES_CONTEXT("requires-context", "Words that need a technical context", "requires context",
				"words that need a technical context", "context words", "ambiguous words"),
		/** The kind of skill: skill, knowledge, tool or transversal. */
		KIND("kind", "Kind of skill", "kind", "skill kind", "type", "skill type"),
		/** The skill's category. */
		CATEGORY("category", "Category", "category", "skill category", "group", "skill group", "cluster", "skill cluster", "area",
				"competency area", "topic"),
		/** The category's parent category. */
		PARENT_CATEGORY("parent-category", "Parent category", "parent category", "category group", "domain", "parent"),
		/** The role that requires the skill. */
		ROLE("role", "Role", "role", "role name", "job", "job title", "job role", "position", "occupation", "title"),
		/** The role's family. */
		ROLE_FAMILY("role-family", "Role family", "role family", "job family", "family", "function", "department"),
		/** The level the role requires, a number or a level's name of the proficiency scale. */
		LEVEL("level", "Required level", "level", "required level", "proficiency", "proficiency level", "target level", "expected level",
				"skill level"),
		/** Whether the requirement is essential or optional. */
		IMPORTANCE("importance", "Importance", "importance", "essential", "essential optional", "required optional", "mandatory",
				"priority", "criticality"),
		/** The requirement's weight within the role, a number above 0. */
		WEIGHT("weight", "Weight", "weight", "requirement weight"),
		/** A learning resource that teaches the skill. */
		RESOURCE("resource", "Learning resource", "resource", "learning resource", "course", "training", "learning"),
		/** The learning resource's web address. */
		RESOURCE_URL("resource-url", "Learning resource link", "resource url", "resource link", "url", "link", "course url",
				"course link");

		private final String key;
		private final String label;
		private final List<String> headers;

		Field(String key, String label, String... headers) {
			this.key = key;
			this.label = label;
			this.headers = List.of(headers);
		}

		/** The field's key in mapping files and import options ({@code skill}, {@code parent-category}). */
		public String key() {
			return key;
		}

		/** The field's name for people ("Parent category"). */
		public String label() {
			return label;
		}

		/** Whether every mapping must give the field's column (only the skill). */
		public boolean required() {
			return this == SKILL;
		}

		/** The field of a key, or null. */
		public static Field ofKey(String key) {
			for (Field field : values()) {
				if (field.key.equals(key)) {
					return field;
				}
			}
			return null;
		}
	}

	private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-./:()\\[\\]*#?]+");
	private static final String HEADER_COMMENT = "# Upskill spreadsheet mapping: field = column header, as in the file's first row (any case).\n"
			+ "# Fields: " + List.of(Field.values()).stream().map(Field::key).collect(Collectors.joining(", ")) + "\n";
	private static final SpreadsheetMapping EMPTY = new SpreadsheetMapping(new EnumMap<>(Field.class));

	private final Map<Field, String> columns;

	private SpreadsheetMapping(Map<Field, String> columns) {
		this.columns = Collections.unmodifiableMap(columns);
	}

	/** A mapping of no column. */
	public static SpreadsheetMapping empty() {
		return EMPTY;
	}

	/** A mapping of these columns (blank headers are left out). */
	public static SpreadsheetMapping of(Map<Field, String> columns) {
		EnumMap<Field, String> copy = new EnumMap<>(Field.class);
		columns.forEach((field, header) -> {
			if (header != null && !header.isBlank()) {
				copy.put(Objects.requireNonNull(field, "field"), header.strip());
			}
		});
		return new SpreadsheetMapping(copy);
	}

	/** The column of the field, or null when the field is not mapped. */
	public String column(Field field) {
		return columns.get(field);
	}

	/** The mapped fields and their columns, in the fields' order. */
	public Map<Field, String> columns() {
		return columns;
	}

	/** Whether no field is mapped. */
	public boolean isEmpty() {
		return columns.isEmpty();
	}

	/** A copy with the field mapped to the column, or not mapped when the column is null or blank. */
	public SpreadsheetMapping with(Field field, String column) {
		EnumMap<Field, String> copy = new EnumMap<>(Field.class);
		copy.putAll(columns);
		if (column == null || column.isBlank()) {
			copy.remove(field);
		} else {
			copy.put(field, column.strip());
		}
		return new SpreadsheetMapping(copy);
	}

	/** The required fields the mapping does not give (the skill, or nothing). */
	public List<Field> missing() {
		return List.of(Field.values()).stream().filter(f -> f.required() && !columns.containsKey(f)).toList();
	}

	/** The headers no field is mapped to, in their order. */
	public List<String> unmapped(List<String> headers) {
		Set<String> mapped = new HashSet<>();
		columns.values().forEach(c -> mapped.add(c.toLowerCase(Locale.ROOT)));
		return headers.stream().filter(h -> !h.isBlank() && !mapped.contains(h.strip().toLowerCase(Locale.ROOT))).toList();
	}

	/** The mapped columns that are not among the headers (any case), by field. */
	public Map<Field, String> absent(List<String> headers) {
		Set<String> present = new HashSet<>();
		headers.forEach(h -> present.add(h.strip().toLowerCase(Locale.ROOT)));
		Map<Field, String> absent = new EnumMap<>(Field.class);
		columns.forEach((field, column) -> {
			if (!present.contains(column.toLowerCase(Locale.ROOT))) {
				absent.put(field, column);
			}
		});
		return absent;
	}

	/**
	 * A mapping proposed from the headers' names: {@code Skill name} or {@code Competency} for the
	 * skill, {@code Job title} for the role, {@code Required level} for the level, and so on (case,
	 * spaces, {@code _} and {@code -} do not matter). Each header is mapped to one field at most;
	 * headers that look like no field are left unmapped.
	 */
	public static SpreadsheetMapping guess(List<String> headers) {
		List<String> normalized = headers.stream().map(SpreadsheetMapping::normalize).toList();
		EnumMap<Field, String> guessed = new EnumMap<>(Field.class);
		Set<Integer> taken = new HashSet<>();
		// Exact names first, each field by its list of names in order of preference.
		for (Field field : Field.values()) {
			for (String name : field.headers) {
				int at = normalized.indexOf(name);
				if (at >= 0 && !taken.contains(at)) {
					guessed.put(field, headers.get(at).strip());
					taken.add(at);
					break;
				}
			}
		}
		// Then a word of the header ("Skill level (1-5)", "Role title"), the more specific fields first.
		String[][] words = { { "DESCRIPTION", "description" }, { "ALIASES", "alias", "aliases", "synonyms" },
				{ "CATEGORY", "category", "group", "cluster" }, { "LEVEL", "level", "proficiency" },
				{ "IMPORTANCE", "importance", "essential", "priority" }, { "WEIGHT", "weight" }, { "ROLE_FAMILY", "family" },
				{ "ROLE", "role", "job", "position", "occupation" }, { "SKILL", "skill", "competency", "competence" } };
		for (String[] entry : words) {
			Field field = Field.valueOf(entry[0]);
			if (guessed.containsKey(field)) {
				continue;
			}
			for (int i = 0; i < normalized.size() && !guessed.containsKey(field); i++) {
				List<String> parts = List.of(normalized.get(i).split(" "));
				for (int w = 1; w < entry.length; w++) {
					if (!taken.contains(i) && parts.contains(entry[w])) {
						guessed.put(field, headers.get(i).strip());
						taken.add(i);
						break;
					}
				}
			}
		}
		return new SpreadsheetMapping(guessed);
	}

	/**
	 * The names in the header row of a spreadsheet: the first line of a CSV file (separated by
	 * commas, semicolons or tabs, whichever the line holds most of), or the first row that is not
	 * empty of an XLSX workbook's first sheet. Reads nothing past the header.
	 *
	 * @throws IOException when the file cannot be read or holds no header; the message names the
	 *             file and says why
	 */
	public static List<String> headers(Path file) throws IOException {
		return Sheets.headers(file);
	}

	/**
	 * Reads a mapping file (properties: {@code field = column header}, UTF-8).
	 *
	 * @throws IOException when the file cannot be read, names a field that does not exist or maps
	 *             no skill column; the message names the file and says why
	 */
	public static SpreadsheetMapping load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			throw new IOException(file + ": the mapping cannot be read (" + Reasons.of(e) + ")", e);
		}
		Map<String, String> options = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String key : properties.stringPropertyNames()) {
			if (Field.ofKey(key.strip().toLowerCase(Locale.ROOT)) == null) {
				unknown.add(key);
			}
			options.put(key.strip().toLowerCase(Locale.ROOT), properties.getProperty(key));
		}
		if (!unknown.isEmpty()) {
			unknown.sort(null);
			throw new IOException(file + ": " + String.join(", ", unknown) + (unknown.size() == 1 ? " is not a field" : " are not fields")
					+ " of a spreadsheet mapping (the fields: " + List.of(Field.values()).stream().map(Field::key).collect(Collectors.joining(", "))
					+ ")");
		}
		SpreadsheetMapping mapping = fromOptions(options);
		if (!mapping.missing().isEmpty()) {
			throw new IOException(file + ": the mapping names no column for the skill (a line such as 'skill = Skill name')");
		}
		return mapping;
	}

	/** Writes the mapping as a properties file (UTF-8), the fields in their order. */
	public void save(Path file) throws IOException {
		Files.writeString(file, toText(), StandardCharsets.UTF_8);
	}

	/** The mapping as the text of a mapping file. */
	public String toText() {
		StringWriter text = new StringWriter();
		try {
			write(text);
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringWriter does not fail
		}
		return text.toString();
	}

	private void write(Writer out) throws IOException {
		out.write(HEADER_COMMENT);
		for (Map.Entry<Field, String> entry : columns.entrySet()) {
			out.write(entry.getKey().key() + " = " + escape(entry.getValue()) + "\n");
		}
	}

	/** The mapping as import options ({@code skill} to the skill's column, ...). */
	public Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		columns.forEach((field, column) -> options.put(field.key(), column));
		return options;
	}

	/** The mapping the options of an import request give (empty when they name no column); other options are ignored. */
	public static SpreadsheetMapping fromOptions(Map<String, String> options) {
		EnumMap<Field, String> columns = new EnumMap<>(Field.class);
		options.forEach((key, value) -> {
			Field field = Field.ofKey(key);
			if (field != null && value != null && !value.isBlank()) {
				columns.put(field, value.strip());
			}
		});
		return new SpreadsheetMapping(columns);
	}

	/** {@code skill <- Skill name, category <- Group}. */
	@Override
	public String toString() {
		return columns.entrySet().stream().map(e -> e.getKey().key() + " <- " + e.getValue()).collect(Collectors.joining(", "));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SpreadsheetMapping mapping && mapping.columns.equals(columns);
	}

	@Override
	public int hashCode() {
		return columns.hashCode();
	}

	private static String normalize(String header) {
		return SEPARATORS.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** A value as java.util.Properties reads it back: backslashes, line breaks and leading spaces escaped. */
	private static String escape(String value) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\t' -> text.append("\\t");
				case '\f' -> text.append("\\f");
				case ' ' -> text.append(i == 0 ? "\\ " : " ");
				default -> text.append(c);
			}
		}
		return text.toString();
	}
}
