"""What happens when a workflow approves. Imported by Wagtail while its models load: no imports."""


def publish_approved(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish what a workflow approved.

    Wagtail's own action publishes as the approver and so needs them to hold the publish right;
    here the workflow's tasks already decided who may approve (a language's translators for
    its pages, moderators for the French ones), so their approval is the permission.
    """
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )
