"""What approving a workflow does. Imported by Wagtail while its models load: no imports."""


def publish_approved(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish the revision that the reviewers approved.

    Imported by Wagtail while its models load, so it imports nothing at module level.
    Wagtail's own action publishes the latest revision, as the approver, and so needs them to
    hold the publish right; here the workflow's tasks already decided who may approve, so their
    approval is the permission, and what they read is what goes live.
    """
    reviewed = workflow_state.current_task_state.revision
    reviewed.publish(user=user, skip_permission_checks=True)
