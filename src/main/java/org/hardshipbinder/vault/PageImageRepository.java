package org.hardshipbinder.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hardshipbinder.model.CleanedImage;

/**
 * How a page is shown beside its original bytes: the quarter turn text recognition found upright, and the cleaned
 * image of a photographed page with the user's choice between it and the original.
 */
public final class PageImageRepository {

    private final Vault vault;
    private final Clock clock;

    public PageImageRepository(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /** Records the clockwise turn found upright (0, 90, 180, 270), or null when it was not looked for. */
    public void setDetectedRotation(long pageId, Integer degrees) {
        vault.write(c -> Jdbc.update(c, "UPDATE pages SET detected_rotation = ? WHERE id = ?", degrees, pageId));
    }

    /** The turn found for one page; 0 when none was found or looked for. */
    public int detectedRotation(long pageId) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT detected_rotation FROM pages WHERE id = ?",
                rs -> rs.getInt(1), pageId)).orElse(0);
    }

    /** Page id → the turn found, for each page of a document where one was looked for. */
    public Map<Long, Integer> detectedRotations(long documentId) {
        Map<Long, Integer> turns = new HashMap<>();
        vault.read(c -> Jdbc.query(c, """
                SELECT id, detected_rotation FROM pages WHERE document_id = ? AND detected_rotation IS NOT NULL""",
                rs -> turns.put(rs.getLong(1), rs.getInt(2)), documentId));
        return turns;
    }

    /** Stores (or replaces) a page's cleaned image, in use. */
    public void saveCleaned(CleanedImage image) {
        vault.write(c -> Jdbc.update(c, """
                INSERT INTO page_images(page_id, image, width_px, height_px, corners, in_use, made_at)
                VALUES (?,?,?,?,?,1,?)
                ON CONFLICT(page_id) DO UPDATE SET image=excluded.image, width_px=excluded.width_px,
                    height_px=excluded.height_px, corners=excluded.corners, in_use=1, made_at=excluded.made_at""",
                image.pageId(), image.jpeg(), image.widthPx(), image.heightPx(), image.corners(),
                Instant.now(clock).toString()));
    }

    /** The page's cleaned image, in use or not. */
    public Optional<CleanedImage> cleaned(long pageId) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM page_images WHERE page_id = ?",
                PageImageRepository::map, pageId));
    }

    /** The page's cleaned image when it is used in place of the original. */
    public Optional<CleanedImage> cleanedInUse(long pageId) {
        return cleaned(pageId).filter(CleanedImage::inUse);
    }

    /** Page id → whether its cleaned image is in use, for each page of a document that has one (no image bytes). */
    public Map<Long, Boolean> cleanedPages(long documentId) {
        Map<Long, Boolean> pages = new HashMap<>();
        vault.read(c -> Jdbc.query(c, """
                SELECT i.page_id, i.in_use FROM page_images i JOIN pages p ON p.id = i.page_id
                WHERE p.document_id = ?""", rs -> pages.put(rs.getLong(1), rs.getInt(2) == 1), documentId));
        return pages;
    }

    /** Uses the cleaned image (true) or the original (false); false when the page has no cleaned image. */
    public boolean setCleanedInUse(long pageId, boolean inUse) {
        return vault.write(c -> Jdbc.update(c, "UPDATE page_images SET in_use = ? WHERE page_id = ?",
                inUse ? 1 : 0, pageId)) > 0;
    }

    private static CleanedImage map(ResultSet rs) throws SQLException {
        return new CleanedImage(rs.getLong("page_id"), rs.getBytes("image"), rs.getInt("width_px"),
                rs.getInt("height_px"), rs.getString("corners"), rs.getInt("in_use") == 1);
    }

}
