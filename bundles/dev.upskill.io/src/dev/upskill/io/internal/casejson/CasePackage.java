/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal.casejson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.internal.GuardedReader;
import dev.upskill.io.internal.ImportSession;
import dev.upskill.io.internal.InputLimitException;
import dev.upskill.io.internal.Reasons;

/**
 * A CASE 1.1 package read from JSON with Gson's streaming reader, one record at a time: the
 * CFDocument, CFItems, CFAssociations, CFDefinitions and CFRubrics (also inside a
 * {@code CFPackage} object). Invalid JSON stops the reading with a problem that names the line,
 * column and record; what was read before is kept.
 */
final class CasePackage {

	/** A line of JSON longer than this stops the reading (a package is seldom more than a few MB). */
	static final long MAX_LINE = 64L * 1024 * 1024;
	private static final Pattern LIBRARY_ADVICE = Pattern.compile("[Uu]se JsonReader\\.set\\w+\\([^)]*\\) to accept malformed JSON");
	private static final Pattern LOCATION = Pattern.compile("\\s*at line (\\d+) column (\\d+) path (\\S+)");
	private static final Map<String, String> TOKENS = Map.of("BEGIN_OBJECT", "an object", "BEGIN_ARRAY", "an array", "STRING",
			"a string", "NUMBER", "a number", "BOOLEAN", "true or false", "NULL", "null", "END_DOCUMENT", "the end of the file", "NAME",
			"a name", "END_OBJECT", "the end of an object", "END_ARRAY", "the end of an array");

	/** Reads one JSON value strictly (JsonParser.parseReader would switch the reader to lenient). */
	private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

	JsonObject document;
	final List<JsonObject> items = new ArrayList<>();
	final List<JsonObject> associations = new ArrayList<>();
	final List<JsonObject> rubrics = new ArrayList<>();
	JsonObject definitions;
	/** Whether the whole file was read. */
	boolean whole;

	private final ImportSession session;
	private final String name;

	private CasePackage(ImportSession session, String name) {
		this.session = session;
		this.name = name;
	}

	static CasePackage read(ImportSession session, Path file) {
		CasePackage result = new CasePackage(session, file.getFileName().toString());
		session.subTask("Reading " + result.name);
		try (Reader reader = new GuardedReader(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
				64 * 1024), MAX_LINE, false, session::read); JsonReader json = new JsonReader(reader)) {
			json.setNestingLimit(64);
			if (json.peek() != JsonToken.BEGIN_OBJECT) {
				session.error(result.name, 1, "is not a CASE package: it does not start with a JSON object");
				return result;
			}
			result.object(json);
			if (json.peek() != JsonToken.END_DOCUMENT) {
				session.error(result.name, 0, "has more JSON after the package's object; the rest is left out");
				return result;
			}
			result.whole = true;
		} catch (InputLimitException e) {
			session.error(result.name, e.line(), e.getMessage());
		} catch (CharacterCodingException e) {
			session.error(result.name, 0, "the text is not UTF-8; the file is read no further");
		} catch (JsonParseException | IllegalStateException | IOException | NumberFormatException e) {
			result.invalid(e);
		}
		return result;
	}

	private void object(JsonReader json) throws IOException {
		json.beginObject();
		while (json.hasNext()) {
			String key = json.nextName();
			switch (key) {
				case "CFPackage" -> {
					if (json.peek() == JsonToken.BEGIN_OBJECT) {
						object(json);
					} else {
						json.skipValue();
					}
				}
				case "CFDocument" -> document = objectOrNull(json, key);
				case "CFDefinitions" -> definitions = objectOrNull(json, key);
				case "CFItems" -> array(json, key, items);
				case "CFAssociations" -> array(json, key, associations);
				case "CFRubrics" -> array(json, key, rubrics);
				default -> json.skipValue();
			}
		}
		json.endObject();
	}

	private JsonObject objectOrNull(JsonReader json, String key) throws IOException {
		JsonElement element = ELEMENT.read(json);
		if (element.isJsonObject()) {
			return element.getAsJsonObject();
		}
		session.problem(Severity.WARNING, name, 0, key, "is not a JSON object; it is left out");
		return null;
	}

	private void array(JsonReader json, String key, List<JsonObject> into) throws IOException {
		if (json.peek() != JsonToken.BEGIN_ARRAY) {
			session.problem(Severity.WARNING, name, 0, key, "is not a JSON array; it is left out");
			json.skipValue();
			return;
		}
		json.beginArray();
		int index = 0;
		while (json.hasNext()) {
			session.checkCancelled();
			JsonElement element = ELEMENT.read(json);
			if (element.isJsonObject()) {
				into.add(element.getAsJsonObject());
			} else {
				session.problem(Severity.WARNING, name, 0, key + "[" + index + "]", "is not a JSON object; it is left out");
			}
			index++;
		}
		json.endArray();
	}

	/** Invalid JSON: the reason, line, column and record in words, without the library's wording of types. */
	private void invalid(Exception e) {
		Throwable cause = e.getCause() != null && e instanceof JsonParseException ? e.getCause() : e;
		String message = cause.getMessage() == null ? "" : cause.getMessage();
		int see = message.indexOf("\nSee ");
		if (see >= 0) {
			message = message.substring(0, see);
		}
		long line = 0;
		String record = null;
		Matcher location = LOCATION.matcher(message);
		if (location.find()) {
			line = Long.parseLong(location.group(1));
			record = location.group(3).replaceFirst("^\\$\\.?", "");
			record = record.isEmpty() ? null : record;
			message = message.substring(0, location.start()) + " (column " + location.group(2) + ")" + message.substring(location.end());
		}
		// Gson's generic wording for a syntax error names its own API; say what it means.
		message = LIBRARY_ADVICE.matcher(message).replaceAll("the JSON is malformed here");
		for (Map.Entry<String, String> token : TOKENS.entrySet()) {
			message = message.replace(token.getKey(), token.getValue());
		}
		message = Reasons.words(message.strip(), "the JSON cannot be read");
		String reason = message.isEmpty() ? "the JSON cannot be read" : Character.toLowerCase(message.charAt(0)) + message.substring(1);
		if (cause instanceof IOException io && !(cause instanceof MalformedJsonException)
				&& !message.toLowerCase(Locale.ROOT).contains("line")) {
			reason = Reasons.of(io);
		}
		session.problem(Severity.ERROR, name, line, record, "invalid JSON: " + reason + "; the file is read no further");
	}
}
