package org.hardshipbinder.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;

/** People of a case. */
public final class PersonRepository {

    private final Vault vault;
    private final AuditLog audit;

    public PersonRepository(Vault vault, AuditLog audit) {
        this.vault = vault;
        this.audit = audit;
    }

    public Person add(long caseId, String name, Role role, String relation, ImmigrationStatus status, LocalDate born) {
        return vault.write(c -> {
            long id = Jdbc.insert(c, "INSERT INTO people(case_id, name, role, relation, status, born) VALUES (?,?,?,?,?,?)",
                    caseId, name, role, relation, status, born);
            audit.record(c, "person.add", "person", id, role.code() + " " + name + " in case " + caseId);
            return new Person(id, caseId, name, role, relation, status, born);
        });
    }

    public Person update(Person person) {
        return vault.write(c -> {
            Jdbc.update(c, "UPDATE people SET name=?, role=?, relation=?, status=?, born=? WHERE id=?",
                    person.name(), person.role(), person.relation(), person.status(), person.born(), person.id());
            audit.record(c, "person.update", "person", person.id(), person.name());
            return person;
        });
    }

    public List<Person> listForCase(long caseId) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM people WHERE case_id = ? ORDER BY id", PersonRepository::map, caseId));
    }

    public Optional<Person> find(long id) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM people WHERE id = ?", PersonRepository::map, id));
    }

    static Person map(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        String born = rs.getString("born");
        return new Person(rs.getLong("id"), rs.getLong("case_id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getString("relation"), status == null ? null : ImmigrationStatus.valueOf(status),
                born == null ? null : LocalDate.parse(born));
    }
}
