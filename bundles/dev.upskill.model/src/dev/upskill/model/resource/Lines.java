/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * The line where each loaded element starts. Loading only appends to two arrays; the lookup map is
 * built on the first question (most loads are never asked: only problems name a line).
 */
final class Lines {

	private EObject[] objects;
	private int[] lines;
	private int size;
	private Map<EObject, Integer> byObject;

	Lines(int expected) {
		objects = new EObject[Math.max(16, expected)];
		lines = new int[objects.length];
	}

	synchronized void add(EObject object, int line) {
		if (byObject != null) {
			byObject.put(object, Integer.valueOf(line));
			return;
		}
		if (size == objects.length) {
			objects = Arrays.copyOf(objects, size * 2);
			lines = Arrays.copyOf(lines, size * 2);
		}
		objects[size] = object;
		lines[size++] = line;
	}

	/** The line of the object, or 0 when it was not loaded. */
	synchronized int get(EObject object) {
		if (byObject == null) {
			byObject = new IdentityHashMap<>(size);
			for (int i = 0; i < size; i++) {
				byObject.put(objects[i], Integer.valueOf(lines[i]));
			}
			objects = null;
			lines = null;
		}
		Integer line = byObject.get(object);
		return line == null ? 0 : line.intValue();
	}
}
