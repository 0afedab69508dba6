package io.fieldreport.web.admin;

/**
 * {@code POST /api/admin/inspections/{id}/comments/{commentId}/web-edit}: an office user's web edit,
 * {@code {"userId", "text"?, "rating"?}} with rating a wire name or {@code "unrated"}.
 */
public record AdminWebEditRequest(String userId, String text, String rating) {

    public AdminWebEditRequest {
        AdminText.require(userId, "userId", 64);
    }
}
