package io.revisio.content.syllabus;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors change on syllabus nodes: create, rename, enable or disable, delete. Every change holds
 * the syllabus lock, commits with its audit row, and leaves no row when it changes nothing.
 */
@Component
class SyllabusEditing {

    private final SyllabusRepository syllabus;
    private final SyllabusArrangement arrangement;
    private final List<SyllabusUsage> usages;
    private final SyllabusAudit audit;

    SyllabusEditing(SyllabusRepository syllabus, SyllabusArrangement arrangement, List<SyllabusUsage> usages,
            SyllabusAudit audit) {
        this.syllabus = syllabus;
        this.arrangement = arrangement;
        this.usages = usages;
        this.audit = audit;
    }

    /** A new node, last among its siblings, enabled. */
    @Transactional
    SyllabusNode create(UUID actor, UUID parentId, SyllabusLevel level, String code, String name) {
        syllabus.lockTree();
        SyllabusLevel parentLevel = parentId == null ? null
                : syllabus.lock(parentId).orElseThrow(() -> SyllabusProblems.notFound(parentId)).level();
        if (!level.fitsUnder(parentLevel)) {
            throw SyllabusProblems.levelMismatch(level, parentLevel);
        }
        UUID id = UUID.randomUUID();
        if (syllabus.codeTaken(code, id)) {
            throw SyllabusProblems.codeTaken(code);
        }
        int last = syllabus.lockChildren(parentId).size();
        SyllabusNode node = new SyllabusNode(id, parentId, level, code, name, last, true);
        syllabus.insert(node);
        audit.record(actor, "node-created", id.toString(), null, node.audited());
        return node;
    }

    /** New code and name, refused (412) when the node changed since the caller read {@code expected}. */
    @Transactional
    SyllabusNode edit(UUID actor, UUID id, OptionalLong expected, String code, String name) {
        syllabus.lockTree();
        SyllabusNode before = current(id);
        if (expected.isPresent() && expected.getAsLong() != before.version()) {
            throw SyllabusProblems.stale(before.version());
        }
        if (before.code().equals(code) && before.name().equals(name)) {
            return before;
        }
        if (syllabus.codeTaken(code, id)) {
            throw SyllabusProblems.codeTaken(code);
        }
        syllabus.rename(id, code, name);
        SyllabusNode after = current(id);
        audit.record(actor, "node-edited", id.toString(), before.audited(), after.audited());
        return after;
    }

    /** Enables or disables the node; a disabled node hides its whole subtree from students. */
    @Transactional
    SyllabusNode enable(UUID actor, UUID id, boolean enabled) {
        syllabus.lockTree();
        SyllabusNode before = current(id);
        if (before.enabled() == enabled) {
            return before;
        }
        syllabus.enable(id, enabled);
        SyllabusNode after = current(id);
        audit.record(actor, enabled ? "node-enabled" : "node-disabled", id.toString(), before.audited(),
                after.audited());
        return after;
    }

    /** Deletes a node nothing uses any more; its later siblings move up to keep positions dense. */
    @Transactional
    void delete(UUID actor, UUID id) {
        syllabus.lockTree();
        SyllabusNode node = current(id);
        for (SyllabusUsage usage : usages) {
            Optional<SyllabusUsage.InUse> inUse = usage.of(id);
            if (inUse.isPresent()) {
                throw SyllabusProblems.inUse(inUse.get());
            }
        }
        syllabus.delete(id);
        arrangement.placeInOrder(syllabus.lockChildren(node.parentId()));
        audit.record(actor, "node-deleted", id.toString(), node.audited(), null);
    }

    private SyllabusNode current(UUID id) {
        return syllabus.lock(id).orElseThrow(() -> SyllabusProblems.notFound(id));
    }
}
