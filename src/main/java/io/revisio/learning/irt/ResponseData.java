package io.revisio.learning.irt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Responses indexed for the EM loops: students and items numbered in order of first appearance, each
 * student's answered items and answers as arrays. Only a student's first answer to an item counts (a
 * second sight of a question is not an independent response).
 */
final class ResponseData {

    final List<String> students = new ArrayList<>();
    final List<String> items = new ArrayList<>();
    final int[][] itemsOf;
    final boolean[][] answersOf;
    final int responses;

    ResponseData(List<Response> all) {
        Map<String, Integer> studentIndex = new LinkedHashMap<>();
        Map<String, Integer> itemIndex = new LinkedHashMap<>();
        List<List<int[]>> byStudent = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (Response response : all) {
            if (!seen.add(response.student() + '\u0000' + response.item())) {
                continue;
            }
            int s = studentIndex.computeIfAbsent(response.student(), key -> {
                students.add(key);
                byStudent.add(new ArrayList<>());
                return students.size() - 1;
            });
            int i = itemIndex.computeIfAbsent(response.item(), key -> {
                items.add(key);
                return items.size() - 1;
            });
            byStudent.get(s).add(new int[] {i, response.correct() ? 1 : 0});
            count++;
        }
        itemsOf = new int[students.size()][];
        answersOf = new boolean[students.size()][];
        for (int s = 0; s < students.size(); s++) {
            List<int[]> answered = byStudent.get(s);
            itemsOf[s] = new int[answered.size()];
            answersOf[s] = new boolean[answered.size()];
            for (int k = 0; k < answered.size(); k++) {
                itemsOf[s][k] = answered.get(k)[0];
                answersOf[s][k] = answered.get(k)[1] == 1;
            }
        }
        responses = count;
    }
}
